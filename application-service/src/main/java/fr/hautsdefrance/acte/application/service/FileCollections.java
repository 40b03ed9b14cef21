package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;

import java.util.Collection;
import java.util.List;

/**
 * Loads the collections of files that leave a service for a page, a view, a letter or an export:
 * {@link Application}'s collections are lazy, and a page or a view maps them after the service has
 * returned, when the file may be detached. Each collection is loaded in batches of its owners (the
 * session's batch size), so a page of files costs one statement per collection, not one per file.
 */
final class FileCollections {

    private FileCollections() {
    }

    static Application loaded(Application file) {
        loaded(List.of(file));
        return file;
    }

    static <T extends Collection<Application>> T loaded(T files) {
        // Reading one file's collection loads the same collection of the other files of the batch.
        for (Application file : files) {
            touch(file.memberSirens());
            touch(file.communeCodes());
            touch(file.partners());
            touch(file.expenses());
            touch(file.funding());
            touch(file.eligibilityFailures());
            touch(file.labels());
            touch(file.followers());
        }
        return files;
    }

    private static void touch(Collection<?> collection) {
        // The accessors answer read-only wrappers, which Hibernate.initialize does not see through.
        collection.size();
    }
}
