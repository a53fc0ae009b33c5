package fr.cibtp.espace.sms.store;

import fr.cibtp.espace.schema.ModuleTables;

/** The SMS send log's table and the SMS limits' table, with their changelog. */
public class SmsEntityProviderFactory extends ModuleTables {

    public SmsEntityProviderFactory() {
        super("cibtp-sms", "META-INF/cibtp-sms-changelog-master.xml", SmsSendEntity.class, SmsLimitEntity.class);
    }
}
