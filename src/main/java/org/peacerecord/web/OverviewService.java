package org.peacerecord.web;

import org.peacerecord.figure.KeyFigure;
import org.peacerecord.figure.KeyFigureRepository;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.source.SourceDocumentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What the overview page shows: the source document and the key figures. */
@Service
class OverviewService {

    private final SourceDocumentRepository documents;
    private final KeyFigureRepository figures;

    OverviewService(SourceDocumentRepository documents, KeyFigureRepository figures) {
        this.documents = documents;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    Overview load() {
        SourceDocument statement = documents.findBySlug(SourceDocument.STATEMENT_SLUG).orElse(null);
        return new Overview(statement, figures.findAllByOrderBySortOrderAscIdAsc());
    }

    record Overview(SourceDocument statement, List<KeyFigure> keyFigures) {
    }
}
