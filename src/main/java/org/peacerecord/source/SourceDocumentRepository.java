package org.peacerecord.source;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SourceDocumentRepository extends JpaRepository<SourceDocument, Long> {

    Optional<SourceDocument> findBySlug(String slug);
}
