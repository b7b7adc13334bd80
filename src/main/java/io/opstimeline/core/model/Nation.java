package io.opstimeline.core.model;

import java.util.List;

/** A contributing nation: what it sent, when, whether it struck, and what it reported. */
public record Nation(
        String id,
        String name,
        NationStatus status,
        List<String> assets,
        Boolean strikeMissions,
        List<ParticipationSpan> participation,
        List<ReportedTotal> totals,
        List<String> sourceIds) {

    public Nation {
        assets = List.copyOf(assets);
        participation = List.copyOf(participation);
        totals = List.copyOf(totals);
        sourceIds = List.copyOf(sourceIds);
    }
}
