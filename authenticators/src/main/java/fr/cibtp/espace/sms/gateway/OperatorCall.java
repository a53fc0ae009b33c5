package fr.cibtp.espace.sms.gateway;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.cibtp.espace.sms.SmsDeliveryException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpEntityEnclosingRequestBase;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.util.EntityUtils;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;

/**
 * One request to an SMS operator through Keycloak's own outgoing HTTP client, so the server's proxy, truststore and
 * connection pool settings apply; the timeout is the realm's SMS setting.
 */
final class OperatorCall {

    private OperatorCall() {
    }

    /** Sends and returns the HTTP status; a timeout or an unreachable operator is a delivery failure. */
    static int send(KeycloakSession session, String method, String url, Map<String, String> headers, String contentType,
                    String body, int timeoutMillis) throws SmsDeliveryException {
        HttpEntityEnclosingRequestBase request = "PUT".equals(method) ? new HttpPut(url) : new HttpPost(url);
        request.setConfig(RequestConfig.custom().setConnectTimeout(timeoutMillis).setSocketTimeout(timeoutMillis)
                .setConnectionRequestTimeout(timeoutMillis).build());
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.create(contentType, StandardCharsets.UTF_8)));
        try (CloseableHttpResponse response = session.getProvider(HttpClientProvider.class).getHttpClient().execute(request)) {
            EntityUtils.consumeQuietly(response.getEntity());
            return response.getStatusLine().getStatusCode();
        } catch (InterruptedIOException e) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway did not answer within " + timeoutMillis + " ms", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
        }
    }
}
