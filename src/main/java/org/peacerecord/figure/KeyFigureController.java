package org.peacerecord.figure;

import jakarta.persistence.EntityManager;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A key figure's public page: its value, qualifier and date, and where it comes from. */
@Controller
class KeyFigureController {

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    KeyFigureController(EntityManager entityManager, TransactionTemplate transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Two statements: the figure, then its cited passages. Ids are numbers of at most 18 digits (else 404). */
    @GetMapping("/figures/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        KeyFigure figure = readOnly.execute(status -> {
            KeyFigure found = entityManager.find(KeyFigure.class, id);
            if (found == null) {
                throw RecordNotFoundException.record("KEY_FIGURE", id);
            }
            entityManager.createQuery("""
                            select distinct f from KeyFigure f left join fetch f.citations c left join fetch c.passage
                            where f.id = :id""", KeyFigure.class)
                    .setParameter("id", id).getResultList();
            return found;
        });
        model.addAttribute("figure", figure);
        return "figure/show";
    }
}
