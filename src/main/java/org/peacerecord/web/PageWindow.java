package org.peacerecord.web;

import org.springframework.data.domain.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a list's pagination shows, whatever the number of pages: the first and the last, and the pages
 * around the current one; a gap ({@code null}) stands for the pages left out. Templates call
 * {@code ${#pageWindow.of(page)}}.
 */
@TemplateHelper("pageWindow")
public class PageWindow {

    /** Pages shown on each side of the current one. */
    static final int AROUND = 2;

    /** 1-based page numbers, with {@code null} for a gap. */
    public List<Integer> of(Page<?> page) {
        int total = page.getTotalPages();
        int current = page.getNumber() + 1;
        // near either end, show as many numbers as in the middle so the bar keeps its width
        int from = Math.max(1, Math.min(current - AROUND, total - AROUND * 2));
        int to = Math.min(total, Math.max(current + AROUND, AROUND * 2 + 1));
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
        if (total > 0) {
            shown.add(1);
            shown.add(total);
        }
        for (int n = from; n <= to; n++) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int n : shown) {
            if (n == previous + 2) {
                numbers.add(previous + 1);
            } else if (n > previous + 2) {
                numbers.add(null);
            }
            numbers.add(n);
            previous = n;
        }
        return numbers;
    }
}
