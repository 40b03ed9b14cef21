package fr.hautsdefrance.acte.application.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lazy collection is loaded by the loader Hibernate builds once, at start. A collection whose
 * batch size differs from the session's is "affected" by the session, and Hibernate then builds a new
 * loader, SQL included, each time one of them is loaded: a few percent of the deadline rush's CPU.
 */
@QuarkusTest
class CollectionLoadersTest {

    @Inject
    EntityManager entityManager;

    @Test
    void no_collection_needs_a_loader_of_its_own_in_a_session() {
        List<String> rebuiltAtEachLoad = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
            LoadQueryInfluencers influencers = session.getLoadQueryInfluencers();
            session.getFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                    .forEachCollectionDescriptor(collection -> {
                        if (collection.getAttributeMapping().isAffectedByInfluencers(influencers, true)) {
                            rebuiltAtEachLoad.add(collection.getRole() + " (batch " + collection.getBatchSize()
                                    + ", session " + influencers.getBatchSize() + ")");
                        }
                    });
        });

        assertThat(rebuiltAtEachLoad).isEmpty();
    }
}
