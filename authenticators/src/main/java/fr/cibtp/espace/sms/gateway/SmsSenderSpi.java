package fr.cibtp.espace.sms.gateway;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SMS gateways are providers: a new operator is a new jar with a {@link SmsSenderFactory}, chosen per realm. */
public class SmsSenderSpi implements Spi {

    public static final String NAME = "cibtp-sms-sender";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsSender.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsSenderFactory.class;
    }
}
