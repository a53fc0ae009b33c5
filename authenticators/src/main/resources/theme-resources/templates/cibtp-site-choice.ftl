<#-- "Choix de l'adhérent et du site déclarant": search, one page of the account's sites, paging. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpSiteChoiceTitle")}
    <#elseif section = "form">
        <#if cibtpNoSite??>
            <p id="cibtp-no-site">${msg("cibtpSiteNone")}</p>
            <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
        <#else>
            <form id="cibtp-site-search" class="cibtp-site-search" action="${url.loginAction}" method="post" role="search">
                <label for="q" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpSiteSearchLabel")}</span></label>
                <div class="pf-v5-c-input-group">
                    <span class="pf-v5-c-form-control"><input id="q" name="q" type="search" value="${cibtpQuery}" maxlength="100"/></span>
                    <button id="cibtp-search" class="pf-v5-c-button pf-m-control" type="submit">${msg("cibtpDoSearch")}</button>
                </div>
            </form>
            <p id="cibtp-site-instruction">${msg("cibtpSiteInstruction")}</p>
            <#if cibtpPreselected??>
                <p id="cibtp-site-preselected">${msg("cibtpSitePreselected")}</p>
            </#if>
            <p id="cibtp-site-count" class="cibtp-hint" aria-live="polite">${msg("cibtpSiteCount", cibtpTotalShown)}</p>
            <form id="cibtp-site-choice" action="${url.loginAction}" method="post">
                <div class="cibtp-table-scroll">
                <table class="pf-v5-c-table pf-m-compact cibtp-sites" aria-describedby="cibtp-site-instruction">
                    <thead class="pf-v5-c-table__thead">
                        <tr class="pf-v5-c-table__tr">
                            <th class="pf-v5-c-table__th pf-m-wrap" scope="col">${msg("cibtpRaisonSociale")}</th>
                            <th class="pf-v5-c-table__th pf-m-wrap" scope="col">${msg("cibtpSiretColumn")}</th>
                            <th class="pf-v5-c-table__th pf-m-wrap" scope="col">${msg("cibtpSiteName")}</th>
                            <th class="pf-v5-c-table__th pf-m-wrap" scope="col">${msg("cibtpIdentifierShort")}</th>
                            <th class="pf-v5-c-table__th pf-m-wrap" scope="col">${msg("cibtpDsnAlerts")}</th>
                        </tr>
                    </thead>
                    <tbody class="pf-v5-c-table__tbody">
                    <#list cibtpSites as site>
                        <tr class="pf-v5-c-table__tr cibtp-site-row">
                            <td class="pf-v5-c-table__td" data-label="${msg("cibtpRaisonSociale")}">
                                <span class="pf-v5-c-radio cibtp-site-radio">
                                    <input class="pf-v5-c-radio__input" type="radio" name="site" value="${site.identifiant}" id="site-${site.identifiant}"
                                           aria-label="${msg('cibtpChooseSite', site.raisonSociale, site.nom, site.identifiant)}"<#if (cibtpPreselected!"") == site.identifiant> checked</#if>/>
                                    <label class="pf-v5-c-radio__label" for="site-${site.identifiant}">${site.raisonSociale}</label>
                                </span>
                            </td>
                            <td class="pf-v5-c-table__td cibtp-nowrap" data-label="${msg("cibtpSiretColumn")}">${site.siret}</td>
                            <td class="pf-v5-c-table__td" data-label="${msg("cibtpSiteName")}">${site.nom}</td>
                            <td class="pf-v5-c-table__td cibtp-nowrap" data-label="${msg("cibtpIdentifierShort")}">${site.identifiant}</td>
                            <td class="pf-v5-c-table__td" data-label="${msg("cibtpDsnAlerts")}">
                                <#if site.alertes?has_content>
                                    <span class="cibtp-dsn" tabindex="0" aria-describedby="dsn-${site.identifiant}">
                                        <span class="cibtp-dsn-icon" aria-hidden="true">⚠</span>&nbsp;${site.alertes?size}<span class="cibtp-sr-only"> ${msg("cibtpDsnAlertsShort")}</span>
                                        <span class="cibtp-dsn-list" role="tooltip" id="dsn-${site.identifiant}">
                                            <#list site.alertes as alerte><span class="cibtp-dsn-line">${msg("cibtpDsnAlertLine", alerte.periode, alerte.message)}</span></#list>
                                        </span>
                                    </span>
                                </#if>
                            </td>
                        </tr>
                    </#list>
                    </tbody>
                </table>
                </div>
                <div class="cibtp-buttons">
                    <button id="cibtp-choose" class="pf-v5-c-button pf-m-primary" type="submit" name="choose" value="true">${msg("cibtpDoValidate")}</button>
                </div>
            </form>
            <#if cibtpPages gt 1>
                <form id="cibtp-site-pages" class="cibtp-pages" action="${url.loginAction}" method="post">
                    <input type="hidden" name="q" value="${cibtpQuery}"/>
                    <nav aria-label="${msg('cibtpPages')}">
                        <#if cibtpPage gt 1>
                            <button id="cibtp-previous-page" class="pf-v5-c-button pf-m-secondary" type="submit" name="page" value="${(cibtpPage - 1)?c}">${msg("cibtpPreviousPage")}</button>
                        </#if>
                        <span id="cibtp-page">${msg("cibtpPageOf", cibtpPage?c, cibtpPages?c)}</span>
                        <#if cibtpPage lt cibtpPages>
                            <button id="cibtp-next-page" class="pf-v5-c-button pf-m-secondary" type="submit" name="page" value="${(cibtpPage + 1)?c}">${msg("cibtpNextPage")}</button>
                        </#if>
                    </nav>
                </form>
            </#if>
            <#if isAppInitiatedAction??>
                <form action="${url.loginAction}" method="post">
                    <@buttons.actionGroup>
                        <@buttons.button id="cibtp-cancel" name="cancel-aia" label="cibtpDoCancel" type="secondary" value="true" formnovalidate="formnovalidate"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
        </#if>
    </#if>
</@layout.registrationLayout>
