package dev.aftermath.store;

import dev.aftermath.model.Incident;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where incidents live. Each call is one transaction: it happens completely or not at all. Metric series are
 * immutable by id: saving an incident writes the points of series the store has not seen and drops those no
 * longer listed, so editing a title does not rewrite millions of points.
 */
public interface IncidentStore extends AutoCloseable {

    /** Every incident, most recent start first; incidents without a start come first (they are new). */
    List<IncidentSummary> list();

    Optional<Incident> find(UUID id);

    boolean exists(UUID id);

    /** Inserts or replaces the incident with this id. */
    void save(Incident incident);

    /** Saves several incidents in one transaction: all of them or none. */
    void saveAll(List<Incident> incidents);

    /** Deletes the incident; deleting one that does not exist does nothing. */
    void delete(UUID id);

    @Override
    void close();
}
