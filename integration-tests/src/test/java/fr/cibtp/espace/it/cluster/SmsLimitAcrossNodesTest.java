package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hourly SMS limit of a number is counted in the database: asking each node in turn does not get a sixth SMS. */
@ExtendWith(TwoNodes.class)
class SmsLimitAcrossNodesTest {

    private static final String TOO_MANY = "Trop de SMS ont été envoyés à ce numéro ou pour ce compte. Réessayez dans une heure.";

    private final Cluster cluster = TwoNodes.cluster();

    @AfterEach
    void defaultWait() {
        Apis.setting(cluster.node(0), "sms-resend-seconds", "60");
    }

    @Test
    void fiveSmsAnHourToOneNumberWhicheverNodeSendsThem() throws InterruptedException {
        ClusterNode a = cluster.node(0);
        ClusterNode b = cluster.node(1);
        // Saved on node B, obeyed by node A too: settings are realm configuration, shared by the cluster.
        Apis.setting(b, "sms-resend-seconds", "1");
        Letters letters = Enrollments.newSite(a);
        String mobile = Enrollments.uniqueMobile();
        Portals portal = new Portals();
        try (Browser browser = new Browser(a)) {
            Enrollments.passStepOne(browser, portal, a, letters);
            Enrollments.typeStepTwo(browser, Enrollments.uniqueEmail("sms"), mobile, "cibtp-certify");
            assertEquals("Certification du numéro de téléphone", browser.title(), browser.text());
            assertEquals(1, smsTo(mobile));

            for (int resend = 2; resend <= 6; resend++) {
                // The shortest wait the setting allows: two server JVMs, whose clocks a test cannot move.
                Thread.sleep(1_100);
                browser.useNode(resend % 2 == 0 ? b : a).click("cibtp-resend");
                if (resend <= 5) {
                    assertEquals(resend, smsTo(mobile), "SMS " + resend + " sent: " + browser.text());
                }
            }
            assertTrue(browser.text().contains(TOO_MANY), "the sixth, asked of node B, is refused: " + browser.text());
            assertEquals(5, smsTo(mobile));
            browser.useNode(a).click("cibtp-resend");
            assertTrue(browser.text().contains(TOO_MANY), "and of node A: " + browser.text());
            assertEquals(5, smsTo(mobile), "the operator received five");
        }
    }

    private long smsTo(String mobile) {
        String e164 = "+33" + mobile.substring(1);
        return cluster.sms().received().stream().filter(sms -> sms.body().contains(e164)).count();
    }
}
