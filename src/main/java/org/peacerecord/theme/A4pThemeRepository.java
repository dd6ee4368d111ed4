package org.peacerecord.theme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface A4pThemeRepository extends JpaRepository<A4pTheme, Long> {

    Optional<A4pTheme> findByCode(String code);

    List<A4pTheme> findAllByOrderBySortOrderAsc();
}
