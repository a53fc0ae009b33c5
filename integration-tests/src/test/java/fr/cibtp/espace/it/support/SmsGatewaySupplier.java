package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import org.keycloak.testframework.injection.InstanceContext;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.injection.RequestedInstance;
import org.keycloak.testframework.injection.Supplier;

public class SmsGatewaySupplier implements Supplier<SmsGatewayStandIn, InjectSmsGateway> {

    @Override
    public SmsGatewayStandIn getValue(InstanceContext<SmsGatewayStandIn, InjectSmsGateway> instanceContext) {
        try {
            return SmsGatewayStandIn.start(SmsGatewayStandIn.DEFAULT_PORT);
        } catch (IOException e) {
            throw new UncheckedIOException("The SMS gateway stand-in could not listen on port " + SmsGatewayStandIn.DEFAULT_PORT, e);
        }
    }

    @Override
    public LifeCycle getDefaultLifecycle() {
        return LifeCycle.GLOBAL;
    }

    @Override
    public boolean compatible(InstanceContext<SmsGatewayStandIn, InjectSmsGateway> a,
                              RequestedInstance<SmsGatewayStandIn, InjectSmsGateway> b) {
        return true;
    }

    @Override
    public void onBeforeEach(InstanceContext<SmsGatewayStandIn, InjectSmsGateway> instanceContext) {
        instanceContext.getValue().reset();
    }

    @Override
    public void close(InstanceContext<SmsGatewayStandIn, InjectSmsGateway> instanceContext) {
        instanceContext.getValue().close();
    }
}
