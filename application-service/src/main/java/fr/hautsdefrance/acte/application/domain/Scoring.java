package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The officer's grid on ACTE's purposes, each marked 0 (absent) to 3 (exemplary). Not an automatic
 * rule: it supports the proposal put to the committee.
 */
@Embeddable
public class Scoring {

    public static final int MAX_PER_CRITERION = 3;

    @Column(name = "score_cooperation")
    public Integer cooperation;

    @Column(name = "score_local_anchoring")
    public Integer localAnchoring;

    @Column(name = "score_inhabitants")
    public Integer inhabitantsInvolvement;

    @Column(name = "score_non_relocatable")
    public Integer nonRelocatableActivity;

    @Column(name = "score_swarming")
    public Integer swarmingPotential;

    protected Scoring() {
    }

    public Scoring(int cooperation, int localAnchoring, int inhabitantsInvolvement, int nonRelocatableActivity,
            int swarmingPotential) {
        this.cooperation = cooperation;
        this.localAnchoring = localAnchoring;
        this.inhabitantsInvolvement = inhabitantsInvolvement;
        this.nonRelocatableActivity = nonRelocatableActivity;
        this.swarmingPotential = swarmingPotential;
    }

    public int total() {
        return cooperation + localAnchoring + inhabitantsInvolvement + nonRelocatableActivity + swarmingPotential;
    }
}
