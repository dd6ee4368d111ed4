package org.peacerecord.database;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.envers.Audited;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Advances the data version ({@link DataVersion}) in every transaction that writes an audited (public) record:
 * once per transaction, just before it commits, on the transaction's own connection; after the commit, this
 * instance re-reads the version. Registered with Hibernate as an {@link Integrator} (META-INF/services).
 */
public class DataVersionIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        Listener listener = new Listener();
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, (PostCollectionRecreateEventListener) event ->
                listener.changed(event.getAffectedOwnerOrNull(), event.getSession()));
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, (PostCollectionUpdateEventListener) event ->
                listener.changed(event.getAffectedOwnerOrNull(), event.getSession()));
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, (PostCollectionRemoveEventListener) event ->
                listener.changed(event.getAffectedOwnerOrNull(), event.getSession()));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    }

    static final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

        /** The sessions whose current transaction already advances the version. */
        private final Set<SharedSessionContractImplementor> pending = Collections.synchronizedSet(
                Collections.newSetFromMap(new WeakHashMap<>()));

        @Override
        public void onPostInsert(PostInsertEvent event) {
            changed(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            changed(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            changed(event.getEntity(), event.getSession());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }

        void changed(Object entity, SharedSessionContractImplementor session) {
            if (entity == null || !(session instanceof EventSource source) || !isAudited(entity.getClass())
                    || !pending.add(session)) {
                return;
            }
            source.getActionQueue().registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s ->
                    s.doWork(connection -> {
                        try (PreparedStatement ps = connection.prepareStatement(
                                "UPDATE data_version SET version = version + 1 WHERE id = 1")) {
                            ps.executeUpdate();
                        }
                    }));
            source.getActionQueue().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> {
                pending.remove(session);
                if (success) {
                    DataVersion.committed(s.getFactory());
                }
            });
        }

        private static boolean isAudited(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Audited.class)) {
                    return true;
                }
            }
            return false;
        }
    }
}
