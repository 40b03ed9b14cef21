package fr.hautsdefrance.acte.payment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.config.PaymentConfig;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Commands that move money carry an {@code Idempotency-Key}: sent again with the same body (a
 * retry after a timeout, a double click), they get the first answer and change nothing; with
 * another body, they are refused. The key is recorded in the command's own transaction, so a
 * refused or failed command leaves no trace and may be retried.
 */
@ApplicationScoped
public class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    public static final String DESCRIPTION = "Unique per command (8 to 100 letters, digits, . _ : -, e.g. a UUID): "
            + "sent again with the same body, the command is not run twice and gets its first answer; with "
            + "another body, 409.";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final CurrentUser user;
    private final PaymentConfig config;
    private final Clock clock;

    @Inject
    public IdempotentCommands(EntityManager entityManager, ObjectMapper mapper, CurrentUser user, PaymentConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.mapper = mapper;
        this.user = user;
        this.clock = clock;
    }

    /** The answer a command gave, as JSON, replayed as it was. */
    public record Answer(int status, String json) {
    }

    /**
     * Runs {@code command} once for {@code key}: its result, written as JSON, is stored with the key
     * and is the answer to every later call with the same key and the same request.
     *
     * @param request what identifies the request besides the caller: the command's name and its body
     */
    @Transactional
    public Answer run(String key, String command, Object request, int status, Supplier<Object> commandResult) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ProblemException(400, "idempotency-key", "En-tête Idempotency-Key manquant ou invalide",
                    "Joignez à cette commande un en-tête Idempotency-Key unique (8 à 100 lettres, chiffres, « . », "
                            + "« _ », « : » ou « - », par exemple un UUID), le même si vous la renvoyez.",
                    List.of(new Problem.FieldError(HEADER, "entre 8 et 100 caractères : lettres, chiffres, . _ : -")));
        }
        String fingerprint = fingerprint(command, request);
        // A concurrent call with the same key waits here until the first one commits or rolls back.
        int inserted = entityManager.createNativeQuery("insert into idempotency_key (key, fingerprint, created_at) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, key).setParameter(2, fingerprint).setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            Object[] stored = (Object[]) entityManager.createNativeQuery(
                            "select fingerprint, response_status, response_body from idempotency_key where key = ?1")
                    .setParameter(1, key).getSingleResult();
            if (!fingerprint.equals(stored[0])) {
                throw ProblemException.conflict("idempotency-key-reused", "Cette clé d'idempotence (" + key
                        + ") a déjà servi pour une autre demande : utilisez une nouvelle clé pour une nouvelle demande.");
            }
            return new Answer(((Number) stored[1]).intValue(), (String) stored[2]);
        }
        String json = write(commandResult.get());
        entityManager.createNativeQuery("update idempotency_key set response_status = ?2, response_body = ?3 "
                        + "where key = ?1")
                .setParameter(1, key).setParameter(2, status).setParameter(3, json).executeUpdate();
        return new Answer(status, json);
    }

    /** Forgets the keys older than the retention; a key sent again after that runs as a new command. */
    @Transactional
    public int purge(OffsetDateTime now) {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, now.minus(config.idempotencyRetention())).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOldKeys() {
        purge(OffsetDateTime.now(clock));
    }

    private String fingerprint(String command, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((command + "\n" + user.subject() + "\n" + write(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }
}
