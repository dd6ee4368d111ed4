package org.peacerecord.mission.admin;

import org.peacerecord.admin.Option;
import org.peacerecord.mission.MissionRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;

/** Missions as select options: "UNTAC — United Nations Transitional Authority in Cambodia". */
@Component
public class MissionOptions {

    private final MissionRepository missions;

    MissionOptions(MissionRepository missions) {
        this.missions = missions;
    }

    public List<Option> all() {
        return missions.findAll(Sort.by("acronym")).stream()
                .map(mission -> Option.of(mission.getId(), mission.getAcronym() + " — " + mission.getName()))
                .toList();
    }
}
