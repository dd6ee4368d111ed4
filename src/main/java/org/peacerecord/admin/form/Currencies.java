package org.peacerecord.admin.form;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

/** ISO 4217 currencies for the currency selects: the record's usual ones first, then all others by code. */
public final class Currencies {

    private static final List<String> FIRST = List.of("USD", "JPY", "EUR");

    private Currencies() {
    }

    public static List<String> codes() {
        return Stream.concat(FIRST.stream(), Currency.getAvailableCurrencies().stream()
                        .map(Currency::getCurrencyCode)
                        .filter(code -> !FIRST.contains(code))
                        .sorted(Comparator.naturalOrder()))
                .toList();
    }

    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
