package org.peacerecord.figure;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface KeyFigureRepository extends JpaRepository<KeyFigure, Long> {

    Optional<KeyFigure> findByCode(String code);

    List<KeyFigure> findAllByOrderBySortOrderAscIdAsc();
}
