<#-- "Gérer les droits d'accès": the site's delegations (filters, sort arrows, page sizes, pages) and the cabinet block. -->
<#import "template.ftl" as layout>
<#import "cibtp-rights-common.ftl" as rights>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpRightsTitle")}
    <#elseif section = "form">
        <@rights.tabs/>
        <@rights.siteBanner/>
        <p class="cibtp-hint">${msg("cibtpRightsIntro")}</p>

        <h2 class="cibtp-subtitle" id="cibtp-list-title">${msg("cibtpRightsListTitle")}</h2>
        <form id="cibtp-filters" class="cibtp-filters" action="${cibtpPage}" method="get" role="search" aria-labelledby="cibtp-list-title">
            <input type="hidden" name="site" value="${cibtpSite.identifiant()}"/>
            <#if cibtpFilters.tri??><input type="hidden" name="tri" value="${cibtpFilters.tri}"/></#if>
            <div class="cibtp-filter">
                <label for="role">${msg("cibtpRightsRole")}</label>
                <span class="pf-v5-c-form-control cibtp-select"><select id="role" name="role">
                    <option value="">${msg("cibtpRightsAll")}</option>
                    <#list cibtpRoles as role>
                        <option value="${role}" <#if (cibtpFilters.role!"") == role>selected</#if>>${msg("cibtpRightsRole_" + role)}</option>
                    </#list>
                </select><span class="pf-v5-c-form-control__utilities"><span class="pf-v5-c-form-control__toggle-icon"><i class="fas fa-caret-down" aria-hidden="true"></i></span></span></span>
            </div>
            <div class="cibtp-filter">
                <label for="statut">${msg("cibtpRightsStatus")}</label>
                <span class="pf-v5-c-form-control cibtp-select"><select id="statut" name="statut">
                    <option value="">${msg("cibtpRightsAll")}</option>
                    <#list cibtpStatuts as statut>
                        <option value="${statut}" <#if (cibtpFilters.statut!"") == statut>selected</#if>>${msg("cibtpRightsStatus_" + statut)}</option>
                    </#list>
                </select><span class="pf-v5-c-form-control__utilities"><span class="pf-v5-c-form-control__toggle-icon"><i class="fas fa-caret-down" aria-hidden="true"></i></span></span></span>
            </div>
            <div class="cibtp-filter">
                <label for="date_effet">${msg("cibtpRightsEffectiveFrom")}</label>
                <span class="pf-v5-c-form-control cibtp-date"><input id="date_effet" name="date_effet" type="text" inputmode="numeric" autocomplete="off" maxlength="10" placeholder="${msg("cibtpDatePlaceholder")}" value="${cibtpFilters.date_effet!""}"/></span>
            </div>
            <div class="cibtp-filter">
                <label for="date_fin">${msg("cibtpRightsEndUntil")}</label>
                <span class="pf-v5-c-form-control cibtp-date"><input id="date_fin" name="date_fin" type="text" inputmode="numeric" autocomplete="off" maxlength="10" placeholder="${msg("cibtpDatePlaceholder")}" value="${cibtpFilters.date_fin!""}"/></span>
            </div>
            <div class="cibtp-filter">
                <label for="taille">${msg("cibtpRightsPageSize")}</label>
                <span class="pf-v5-c-form-control cibtp-select"><select id="taille" name="taille">
                    <#list cibtpPageSizes as size>
                        <option value="${size?c}" <#if cibtpListed.taille() == size>selected</#if>>${size?c}</option>
                    </#list>
                </select><span class="pf-v5-c-form-control__utilities"><span class="pf-v5-c-form-control__toggle-icon"><i class="fas fa-caret-down" aria-hidden="true"></i></span></span></span>
            </div>
            <div class="pf-v5-c-check cibtp-filter-check">
                <input type="hidden" name="exclure_inactifs" value="0"/>
                <input class="pf-v5-c-check__input" id="exclure_inactifs" name="exclure_inactifs" type="checkbox" value="1" <#if (cibtpFilters.exclure_inactifs!"1") == "1">checked</#if>/>
                <label class="pf-v5-c-check__label" for="exclure_inactifs">${msg("cibtpRightsExcludeInactive")}</label>
            </div>
            <button id="cibtp-filter" class="pf-v5-c-button pf-m-secondary" type="submit">${msg("cibtpRightsFilter")}</button>
        </form>

        <p id="cibtp-count" class="cibtp-hint" aria-live="polite">${msg("cibtpRightsCount", cibtpListed.total()?c)}</p>
        <#if cibtpRows?has_content>
        <div class="cibtp-table-scroll">
        <table class="pf-v5-c-table pf-m-compact cibtp-rights-table" aria-describedby="cibtp-count">
            <thead>
                <tr>
                    <th scope="col">${msg("cibtpRightsRole")}</th>
                    <th scope="col"><@rights.sortable "nom" "cibtpRightsName"/></th>
                    <th scope="col">${msg("cibtpRightsStatus")}</th>
                    <th scope="col"><@rights.sortable "date_effet" "cibtpRightsEffective"/></th>
                    <th scope="col"><@rights.sortable "date_fin" "cibtpRightsEnd"/></th>
                    <th scope="col">${msg("cibtpEmailLabel")}</th>
                    <th scope="col">${msg("cibtpRightsActions")}</th>
                </tr>
            </thead>
            <tbody>
            <#list cibtpRows as row>
                <#assign d = row.delegation()>
                <tr id="delegation-${d.id()}">
                    <td data-label="${msg("cibtpRightsRole")}">${msg("cibtpRightsRole_" + d.role())}</td>
                    <td data-label="${msg("cibtpRightsName")}">${d.nom()!""} ${d.prenom()!""}</td>
                    <td data-label="${msg("cibtpRightsStatus")}">${msg("cibtpRightsStatus_" + d.statut())}</td>
                    <td data-label="${msg("cibtpRightsEffective")}">${row.effet()}</td>
                    <td data-label="${msg("cibtpRightsEnd")}">${row.fin()}</td>
                    <td data-label="${msg("cibtpEmailLabel")}">${d.email()!""}</td>
                    <td data-label="${msg("cibtpRightsActions")}"><span class="cibtp-actions">
                        <#assign who>${d.nom()!""} ${d.prenom()!""} ${d.email()!""}</#assign>
                        <a id="view-${d.id()}" href="${cibtpPage}/${d.id()}?site=${cibtpSite.identifiant()?url('UTF-8')}" aria-label="${msg("cibtpRightsViewOf", who)}">${msg("cibtpRightsActionView")}</a>
                        <#if d.statut() != "fermee">
                            <a id="modify-${d.id()}" href="${cibtpPage}/${d.id()}/modification?site=${cibtpSite.identifiant()?url('UTF-8')}" aria-label="${msg("cibtpRightsModifyOf", who)}">${msg("cibtpRightsActionModify")}</a>
                            <a id="close-${d.id()}" href="${cibtpPage}/${d.id()}/fermeture?site=${cibtpSite.identifiant()?url('UTF-8')}" aria-label="${msg("cibtpRightsCloseOf", who)}">${msg("cibtpRightsActionClose")}</a>
                        </#if>
                    </span></td>
                </tr>
            </#list>
            </tbody>
        </table>
        </div>
        </#if>
        <#if cibtpPageCount gt 1>
            <nav class="cibtp-pages" aria-label="${msg("cibtpPages")}">
                <#if cibtpPreviousLink??><a id="cibtp-previous-page" class="pf-v5-c-button pf-m-secondary" href="${cibtpPreviousLink}">${msg("cibtpPreviousPage")}</a><#else><span></span></#if>
                <span id="cibtp-page">${msg("cibtpPageOf", cibtpListed.page()?c, cibtpPageCount?c)}</span>
                <#if cibtpNextLink??><a id="cibtp-next-page" class="pf-v5-c-button pf-m-secondary" href="${cibtpNextLink}">${msg("cibtpNextPage")}</a><#else><span></span></#if>
            </nav>
        </#if>
        <p class="cibtp-rights-add">
            <a id="cibtp-add" class="pf-v5-c-button pf-m-primary" href="${cibtpPage}/ajout?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsAdd")}</a>
        </p>

        <#if cibtpCabinet??>
            <section class="cibtp-cabinet" aria-labelledby="cibtp-cabinet-title">
                <h2 class="cibtp-subtitle" id="cibtp-cabinet-title">${msg("cibtpRightsCabinet", cibtpCabinet.cabinet().raisonSociale())}</h2>
                <#if cibtpCabinet.delegation()??>
                    <p id="cibtp-cabinet-summary"><#if cibtpCabinet.fin()??>${msg("cibtpRightsCabinetSummary", cibtpCabinet.delegation().droits()?size, cibtpCabinet.effet(), cibtpCabinet.fin())}<#else>${msg("cibtpRightsCabinetSummaryOpen", cibtpCabinet.delegation().droits()?size, cibtpCabinet.effet())}</#if></p>
                    <p class="cibtp-actions">
                        <a id="cibtp-cabinet-view" href="${cibtpPage}/cabinet?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsCabinetView")}</a>
                        <a id="cibtp-cabinet-delete" href="${cibtpPage}/cabinet/suppression?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsCabinetDelete")}</a>
                    </p>
                <#else>
                    <p id="cibtp-cabinet-none">${msg("cibtpRightsCabinetNone")}</p>
                    <p><a id="cibtp-cabinet-delegate" class="pf-v5-c-button pf-m-secondary" href="${cibtpPage}/cabinet?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsCabinetDelegate")}</a></p>
                </#if>
            </section>
        </#if>
    </#if>
</@layout.registrationLayout>
