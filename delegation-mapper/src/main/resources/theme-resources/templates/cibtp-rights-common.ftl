<#-- Parts shared by the pages of "Gérer les droits d'accès". -->

<#-- The guide's "Gérer mon compte utilisateur" menu: "Mon compte utilisateur" next to this page. -->
<#macro tabs>
    <nav class="cibtp-tabs" aria-label="${msg("cibtpAccountMenu")}">
        <ul>
            <li><a id="cibtp-tab-contact" href="${cibtpAccountPage}">${msg("cibtpAccountTabContact")}</a></li>
            <li><a id="cibtp-tab-notifications" href="${cibtpAccountPage}?onglet=notifications">${msg("cibtpAccountTabNotifications")}</a></li>
            <li><a id="cibtp-tab-rights" href="${cibtpPage}" aria-current="page">${msg("cibtpAccountTabRights")}</a></li>
        </ul>
    </nav>
</#macro>

<#-- The site the page acts for, and "Changer de tiers" to act for another. -->
<#macro siteBanner>
    <#if cibtpSite??>
        <p id="cibtp-rights-site" class="cibtp-rights-site">
            <span>${msg("cibtpRightsForSite", cibtpSite.raisonSociale(), cibtpSite.nom(), cibtpSite.siret(), cibtpSite.identifiant())}</span>
            <#if cibtpSite.forCabinet()><span class="cibtp-hint">${msg("cibtpRightsForCabinet")}</span></#if>
            <a id="cibtp-switch-site" href="${cibtpSwitchSite}">${msg("cibtpRightsSwitchSite")}</a>
        </p>
    </#if>
</#macro>

<#-- A column title with its two sort arrows; the current sort is marked for screen readers too. -->
<#macro sortable field label>
    <#assign current = cibtpFilters.tri!"">
    <span class="cibtp-sortable">${msg(label)}
        <a id="sort-${field}" href="${cibtpSortLinks[field]}" aria-label="${msg("cibtpRightsSortUp", msg(label))}" <#if current == field>aria-current="true" class="cibtp-sorted"</#if>>&#9650;</a>
        <a id="sort-${field}-desc" href="${cibtpSortLinks["desc_" + field]}" aria-label="${msg("cibtpRightsSortDown", msg(label))}" <#if current == "-" + field>aria-current="true" class="cibtp-sorted"</#if>>&#9660;</a>
    </span>
</#macro>

<#-- The hidden fields every form of the page posts: the site it acts for and the browser's state checker. -->
<#macro hiddenFields>
    <input type="hidden" name="site" value="${cibtpSite.identifiant()}"/>
    <input type="hidden" name="stateChecker" value="${cibtpStateChecker}"/>
</#macro>

<#macro listLink>
    <#if cibtpSite??>
        <a id="cibtp-back" class="pf-v5-c-button pf-m-link" href="${cibtpPage}?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsBackToList")}</a>
    <#else>
        <a id="cibtp-back" class="pf-v5-c-button pf-m-link" href="${cibtpListLink!cibtpPage}">${msg("cibtpRightsBackToList")}</a>
    </#if>
</#macro>
