package org.peacerecord.source;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PassageRepository extends JpaRepository<Passage, Long> {

    @Query("select p from Passage p where p.document.slug = ?1 order by p.number")
    List<Passage> findByDocumentSlugOrderByNumber(String slug);

    @Query("select p from Passage p where p.document.slug = ?1 and p.number = ?2")
    Optional<Passage> findByDocumentSlugAndNumber(String slug, int number);
}
