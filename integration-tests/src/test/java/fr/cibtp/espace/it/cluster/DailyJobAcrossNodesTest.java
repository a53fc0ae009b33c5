package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.time.CaisseClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily delegation job ticks on both nodes (every {@value TwoNodes#JOB_CHECK_SECONDS} s here) and does a day's
 * work once for the cluster: a delegation ending in 7 days gets one reminder per person, not one per node or tick.
 */
@ExtendWith(TwoNodes.class)
class DailyJobAcrossNodesTest {

    private static final String REMINDER = "Une délégation de droits prend fin dans 7 jours";
    private static final String JOB_LINE = "Daily delegation job";

    private final Cluster cluster = TwoNodes.cluster();

    @Test
    void bothNodesTickAndTheDaysRemindersGoOnce() throws Exception {
        ClusterNode a = cluster.node(0);
        ClusterNode b = cluster.node(1);
        Letters letters = Enrollments.newSite(b);
        String adminEmail = Enrollments.uniqueEmail("admin-rappel");
        String admin = Enrollments.enrolledAdministrator(cluster, b, letters, adminEmail).path("access_token").asText();
        String delegate = Enrollments.uniqueEmail("delegue-rappel");
        LocalDate today = CaisseClock.today();
        Delegations.create(b, admin, letters.identifiant(), Delegations.body(delegate, today.plusDays(7),
                "{\"situation-compte\":\"consultation\"}"));

        int linesA = a.linesSinceStart().size();
        int linesB = b.linesSinceStart().size();
        // As if today's run had not happened yet (it did, when the nodes started).
        assertEquals(1, Apis.update("update cibtp_daily_run set last_day = ? where job = 'cibtp-delegation-expiry'", today.minusDays(1)));
        List<String> newA = List.of();
        List<String> newB = List.of();
        for (int wait = 0; wait < 60 && (ticks(newA) < 2 || ticks(newB) < 2); wait++) {
            Thread.sleep(500);
            newA = since(a, linesA);
            newB = since(b, linesB);
        }
        assertTrue(ticks(newA) >= 2 && ticks(newB) >= 2, "both nodes checked twice at least: " + jobLines(newA) + jobLines(newB));
        long runs = newA.stream().filter(l -> l.contains(JOB_LINE + " for " + today)).count()
                + newB.stream().filter(l -> l.contains(JOB_LINE + " for " + today)).count();
        assertEquals(1, runs, "one node did the day's work: " + jobLines(newA) + jobLines(newB));
        assertEquals(1, Apis.count("select count(*) from cibtp_daily_run where last_day = ?", today));

        assertEquals(1, reminders(delegate), "one reminder to the delegate");
        assertEquals(1, reminders(adminEmail), "one to the administrator who delegated");
    }

    private static List<String> since(ClusterNode node, int before) throws IOException {
        List<String> lines = node.linesSinceStart();
        return lines.subList(Math.min(before, lines.size()), lines.size());
    }

    /** The job's lines and its failures, one line each. */
    private static List<String> jobLines(List<String> lines) {
        return lines.stream().filter(l -> l.contains(JOB_LINE) || l.contains("DelegationExpiry"))
                .map(l -> l.length() > 240 ? l.substring(0, 240) : l).toList();
    }

    private static long ticks(List<String> lines) {
        return lines.stream().filter(l -> l.contains(JOB_LINE)).count();
    }

    private long reminders(String recipient) throws MessagingException {
        long count = 0;
        for (MimeMessage mail : cluster.mail().received()) {
            Address[] to = mail.getAllRecipients();
            if (REMINDER.equals(mail.getSubject()) && to != null && Arrays.stream(to).anyMatch(t -> t.toString().equalsIgnoreCase(recipient))) {
                count++;
            }
        }
        return count;
    }
}
