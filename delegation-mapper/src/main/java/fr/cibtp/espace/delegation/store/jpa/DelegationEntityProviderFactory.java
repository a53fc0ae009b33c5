package fr.cibtp.espace.delegation.store.jpa;

import fr.cibtp.espace.delegation.expiry.DailyRunEntity;
import fr.cibtp.espace.delegation.invitation.InvitationDayEntity;
import fr.cibtp.espace.delegation.invitation.InvitationEntity;
import fr.cibtp.espace.schema.ModuleTables;

/** The delegation tables (a delegation, its collèges, its rights; the daily job's last day; invited accounts and the realm's invitations of the day) and their changelog. */
public class DelegationEntityProviderFactory extends ModuleTables {

    public DelegationEntityProviderFactory() {
        super("cibtp-delegations", "META-INF/cibtp-delegation-changelog-master.xml", DelegationEntity.class, DailyRunEntity.class,
                InvitationEntity.class, InvitationDayEntity.class);
    }
}
