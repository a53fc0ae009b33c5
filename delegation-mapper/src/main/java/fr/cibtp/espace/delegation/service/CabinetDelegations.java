package fr.cibtp.espace.delegation.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cibtp.espace.delegation.DelegationRules;
import fr.cibtp.espace.delegation.Period;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.service.SiteAccess.Administered;
import fr.cibtp.espace.delegation.service.Views.CabinetDelegation;
import fr.cibtp.espace.delegation.service.Views.CabinetSummary;
import fr.cibtp.espace.delegation.service.Views.CabinetView;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.Site;
import org.keycloak.events.admin.OperationType;

/**
 * The adhérent's delegation to its cabinet comptable (the one the registry names): one stored delegation per
 * administrator of the cabinet, all alike, so that each may pass on what the cabinet got to its collaborators.
 */
public class CabinetDelegations {

    private final SiteAccess access;
    private final DelegationChanges changes;

    CabinetDelegations(SiteAccess access, DelegationChanges changes) {
        this.access = access;
        this.changes = changes;
    }

    public CabinetView view(String identifiant) {
        Site site = access.adherentSide(identifiant).site();
        Cabinet cabinet = cabinetOf(site);
        return view(cabinet, toCabinet(site, cabinet));
    }

    /** Delegates to the cabinet, or changes what it has. */
    public CabinetView delegate(String identifiant, DelegationInput input) {
        Administered administered = access.adherentSide(identifiant);
        Site site = administered.site();
        Cabinet cabinet = cabinetOf(site);
        DelegationRules.Request request = SiteDelegations.checked(input.notAdmin(), administered, access.catalogue);
        List<String> administrators = access.registry().holders(access.realm(), new Precompte(PrecompteKind.CABINET, cabinet.identifiant()));
        if (administrators.isEmpty()) {
            throw Refusal.invalid(RefusalCode.CABINET_SANS_ESPACE, null, cabinet.raisonSociale());
        }
        Rights rights = new DelegationRules(access.catalogue).rightsOf(request);
        Map<String, StoredDelegation> existing = new LinkedHashMap<>();
        toCabinet(site, cabinet).forEach(d -> existing.put(d.granteeId(), d));
        if (!existing.values().stream().allMatch(d -> access.inBranch(administered.standing(), d))) {
            // Given by the holder or by another administrator delegate: theirs to change.
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.HORS_DE_VOTRE_BRANCHE);
        }
        Period period = new Period(request.effet(), request.fin());
        // The cabinet's delegation is power in itself (the cabinet passes it on): new, widened or reaching a new
        // administrator of the cabinet, it is a grant.
        boolean widened = administrators.stream().map(existing::get).anyMatch(current -> current == null
                || !rights.within(SiteDelegations.rightsOf(current)) || !period.within(new Period(current.effet(), current.fin())));
        if (widened) {
            access.requireRecentSecondFactor();
        }
        for (String administrator : administrators) {
            StoredDelegation current = existing.get(administrator);
            // Made by an administrator delegate, it hangs from that delegate's own: narrowing or ending it narrows this too.
            StoredDelegation wanted = new StoredDelegation(current == null ? null : current.id(), site.identifiant(), administrator,
                    access.user().getId(), administered.standing().parentId(), cabinet.identifiant(), false, rights.colleges(),
                    rights.modeKeys(), request.effet(), request.fin(), null);
            String id;
            if (current == null) {
                id = access.delegations().add(access.realm(), wanted).id();
            } else {
                access.delegations().update(access.realm(), wanted);
                id = current.id();
            }
            changes.recorded(current == null ? OperationType.CREATE : OperationType.UPDATE, site, id, Map.of("cabinet", cabinet.identifiant()));
        }
        if (widened) {
            GrantNotice notice = new GrantNotice(access);
            String page = notice.page().path("cabinet").queryParam("site", site.identifiant()).build().toString();
            String close = notice.page().path("cabinet").path("suppression").queryParam("site", site.identifiant()).build().toString();
            notice.send(site, access.chainTo(administered.standing().parentId()), cabinet.raisonSociale(), "cabinet", page, close);
        }
        return view(cabinet, toCabinet(site, cabinet));
    }

    /** Ends the delegation to the cabinet, and with it everything its administrators passed on. */
    public void revoke(String identifiant) {
        Administered administered = access.adherentSide(identifiant);
        Site site = administered.site();
        List<StoredDelegation> toCabinet = toCabinet(site, cabinetOf(site));
        if (toCabinet.isEmpty()) {
            throw Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.AUCUNE_DELEGATION);
        }
        if (!toCabinet.stream().allMatch(d -> access.inBranch(administered.standing(), d))) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.HORS_DE_VOTRE_BRANCHE);
        }
        toCabinet.forEach(d -> changes.closeAndEndSessions(site, d));
    }

    private List<StoredDelegation> toCabinet(Site site, Cabinet cabinet) {
        return access.delegations().toCabinet(access.realm(), site.identifiant(), cabinet.identifiant());
    }

    /** The cabinet named on the adhérent's record; none named, or unknown to the registry, is a 404. */
    private Cabinet cabinetOf(Site site) {
        return Optional.ofNullable(site.cabinetIdentifiant()).flatMap(id -> access.registry().findCabinet(access.realm(), id))
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.AUCUN_CABINET));
    }

    private static CabinetView view(Cabinet cabinet, List<StoredDelegation> toCabinet) {
        CabinetSummary summary = new CabinetSummary(cabinet.identifiant(), cabinet.raisonSociale());
        if (toCabinet.isEmpty()) {
            return new CabinetView(summary, null);
        }
        StoredDelegation d = toCabinet.get(0);
        return new CabinetView(summary, new CabinetDelegation(d.effet(), d.fin(), d.colleges(), d.modes(), toCabinet.size()));
    }
}
