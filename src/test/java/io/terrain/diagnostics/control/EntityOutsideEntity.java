package io.terrain.diagnostics.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Architecture test fixture, never deployed: an entity outside the entity package. */
@Entity
public class EntityOutsideEntity {

    @Id
    Long id;
}
