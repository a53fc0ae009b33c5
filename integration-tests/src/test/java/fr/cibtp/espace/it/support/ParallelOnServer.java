package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;

/**
 * N calls at once inside the server, each in its own session and transaction as N parallel requests get them.
 * Racing there rather than over HTTP: the test framework's HTTP client opens two connections at a time.
 */
public final class ParallelOnServer {

    private ParallelOnServer() {
    }

    /** A call made in a session of the test realm; the index tells the parallel copies apart. */
    public interface Call extends Serializable {
        Object run(KeycloakSession session, int index);
    }

    /** The answers of the {@code count} calls, in order. */
    public static FetchOnServer run(int count, Call call) {
        return session -> {
            String realmId = session.getContext().getRealm().getId();
            KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
            ExecutorService pool = Executors.newFixedThreadPool(count);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> futures = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        start.await();
                        return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
                            s.getContext().setRealm(s.realms().getRealm(realmId));
                            return call.run(s, index);
                        });
                    }));
                }
                start.countDown();
                List<Object> answers = new ArrayList<>();
                for (Future<Object> future : futures) {
                    answers.add(future.get(2, TimeUnit.MINUTES));
                }
                return answers;
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IOException(e);
            } finally {
                pool.shutdownNow();
            }
        };
    }
}
