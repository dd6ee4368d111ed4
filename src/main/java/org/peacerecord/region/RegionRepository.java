package org.peacerecord.region;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RegionRepository extends JpaRepository<Region, Long> {

    Optional<Region> findByCode(String code);

    @Query("select r from Region r left join fetch r.parent order by coalesce(r.parent.sortOrder, r.sortOrder), r.parent.id nulls first, r.sortOrder")
    List<Region> findAllInTreeOrder();
}
