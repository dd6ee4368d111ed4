package org.peacerecord.contribution;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    Optional<Contribution> findByRef(String ref);
}
