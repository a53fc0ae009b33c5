package fr.cibtp.espace.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The dev server's mail catcher: an SMTP server that keeps every mail Keycloak sends, readable in a browser
 * ({@code /}) and over HTTP as JSON ({@code /api/messages}). Nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

    public static final int SMTP_PORT = 3025;
    public static final int HTTP_PORT = 8025;

    private final GreenMail smtp;
    private final HttpServer http;

    private MailCatcher(GreenMail smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    public static MailCatcher start(int smtpPort, int httpPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        MailCatcher catcher = new MailCatcher(smtp, http);
        http.createContext("/api/messages", catcher::json);
        http.createContext("/messages/", catcher::one);
        http.createContext("/", catcher::index);
        http.setExecutor(Executors.newFixedThreadPool(2));
        http.start();
        return catcher;
    }

    /** Every mail received so far, oldest first. */
    public MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }

    public String webUrl() {
        return "http://localhost:" + http.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        smtp.stop();
    }

    private void index(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Courriels reçus</title><meta http-equiv=\"refresh\" content=\"5\"></head><body>"
                + "<h1>Courriels envoyés par Keycloak</h1><table border=\"1\" cellpadding=\"4\"><thead><tr>"
                + "<th>#</th><th>Date</th><th>À</th><th>Objet</th></tr></thead><tbody>");
        MimeMessage[] messages = smtp.getReceivedMessages();
        try {
            for (int i = messages.length - 1; i >= 0; i--) {
                MimeMessage m = messages[i];
                html.append("<tr><td>").append(i).append("</td><td>").append(escape(String.valueOf(m.getSentDate())))
                        .append("</td><td>").append(escape(addresses(m.getRecipients(Message.RecipientType.TO))))
                        .append("</td><td><a href=\"/messages/").append(i).append("\">").append(escape(m.getSubject()))
                        .append("</a></td></tr>");
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
        html.append("</tbody></table><p>JSON : <a href=\"/api/messages\">/api/messages</a></p></body></html>");
        SmsGatewayStandIn.reply(exchange, 200, "text/html", html.toString());
    }

    /** The HTML part of one mail as sent, so its links can be clicked; the text part if it has no HTML. */
    private void one(HttpExchange exchange) throws IOException {
        MimeMessage[] messages = smtp.getReceivedMessages();
        String index = exchange.getRequestURI().getPath().substring("/messages/".length());
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= messages.length) {
            SmsGatewayStandIn.reply(exchange, 404, "text/plain", "Pas de courriel " + index);
            return;
        }
        try {
            String htmlPart = part(messages[i], "text/html");
            if (htmlPart != null) {
                SmsGatewayStandIn.reply(exchange, 200, "text/html", htmlPart);
            } else {
                SmsGatewayStandIn.reply(exchange, 200, "text/plain", String.valueOf(part(messages[i], "text/plain")));
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private void json(HttpExchange exchange) throws IOException {
        StringBuilder json = new StringBuilder("[");
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append("{\"date\":").append(Json.quote(String.valueOf(m.getSentDate().toInstant())))
                        .append(",\"from\":").append(Json.quote(addresses(m.getFrom())))
                        .append(",\"to\":").append(Json.quote(addresses(m.getRecipients(Message.RecipientType.TO))))
                        .append(",\"subject\":").append(Json.quote(m.getSubject()))
                        .append(",\"text\":").append(Json.quote(part(m, "text/plain")))
                        .append(",\"html\":").append(Json.quote(part(m, "text/html"))).append('}');
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
        SmsGatewayStandIn.reply(exchange, 200, "application/json", json.append(']').toString());
    }

    private static String part(jakarta.mail.Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        for (Address a : addresses) {
            if (!all.isEmpty()) {
                all.append(", ");
            }
            all.append(a.toString());
        }
        return all.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
