<#-- "Ajout de délégation", its view and modification, and "Déléguer à mon cabinet comptable": the person, the period,
     the Administrateur box, the collèges and the rights matrix (a radio per feature, a radio atop each column to set all). -->
<#import "template.ftl" as layout>
<#import "cibtp-rights-common.ftl" as rights>
<#assign fields = ["email", "nom", "telephone_fixe", "telephone_mobile", "date_effet", "date_fin", "admin", "colleges", "droits"]>
<#assign readOnly = cibtpMode == "visualisation">
<#assign admin = cibtpValues.admin() && cibtpMode != "cabinet">
<#macro fieldError name>
    <#if messagesPerField.existsError(name)>
        <p id="${name}-error" class="pf-v5-c-helper-text__item-text pf-m-error cibtp-field-error" aria-live="polite">${kcSanitize(messagesPerField.get(name))?no_esc}</p>
    </#if>
</#macro>
<#macro invalid name><#if messagesPerField.existsError(name)>aria-invalid="true" aria-describedby="${name}-error"</#if></#macro>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError("email", "nom", "telephone_fixe", "telephone_mobile", "date_effet", "date_fin", "admin", "colleges", "droits"); section>
    <#if section = "header">
        <#if cibtpMode == "cabinet">${msg("cibtpRightsCabinetTitle")}<#elseif cibtpMode == "visualisation">${msg("cibtpRightsViewTitle")}<#elseif cibtpMode == "modification">${msg("cibtpRightsModifyTitle")}<#else>${msg("cibtpRightsAddTitle")}</#if>
    <#elseif section = "form">
        <@rights.siteBanner/>
        <#if cibtpMode == "ajout">
            <#assign action = cibtpPage + "/ajout">
        <#elseif cibtpMode == "cabinet">
            <#assign action = cibtpPage + "/cabinet">
        <#else>
            <#assign action = cibtpPage + "/" + cibtpDelegationId + "/modification">
        </#if>
        <form id="cibtp-delegation" class="cibtp-delegation" action="${action}" method="post" novalidate="novalidate">
            <@rights.hiddenFields/>
            <#if !readOnly><p class="cibtp-required-note">${msg("cibtpRightsRequiredNote")}</p></#if>

            <fieldset class="cibtp-fieldset cibtp-step">
                <legend class="cibtp-legend">${msg("cibtpRightsStep1")}</legend>
                <#if cibtpMode == "ajout">
                    <div class="pf-v5-c-form__group">
                        <label for="email" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpEmailLabel")}</span> <span class="pf-v5-c-form__label-required" aria-hidden="true">*</span></label>
                        <span class="pf-v5-c-form-control"><input id="email" name="email" type="email" autocomplete="off" required maxlength="254" value="${cibtpValues.email()!""}" <@invalid "email"/>/></span>
                        <@fieldError "email"/>
                    </div>
                    <div class="pf-v5-c-form__group">
                        <label for="nom" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpLastNameLabel")}</span></label>
                        <span class="pf-v5-c-form-control"><input id="nom" name="nom" type="text" maxlength="100" value="${cibtpValues.nom()!""}" <@invalid "nom"/>/></span>
                        <@fieldError "nom"/>
                    </div>
                    <div class="pf-v5-c-form__group">
                        <label for="prenom" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpFirstNameLabel")}</span></label>
                        <span class="pf-v5-c-form-control"><input id="prenom" name="prenom" type="text" maxlength="100" value="${cibtpValues.prenom()!""}"/></span>
                    </div>
                    <#-- The guide's "Téléphone fixe" and "Téléphone portable": kept only on an account this delegation creates. -->
                    <div class="cibtp-dates">
                        <div class="pf-v5-c-form__group">
                            <label for="telephone_fixe" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpRightsLandline")}</span></label>
                            <span class="pf-v5-c-form-control"><input id="telephone_fixe" name="telephone_fixe" type="tel" autocomplete="off" maxlength="40" value="${cibtpValues.telephoneFixe()!""}" <@invalid "telephone_fixe"/>/></span>
                            <@fieldError "telephone_fixe"/>
                        </div>
                        <div class="pf-v5-c-form__group">
                            <label for="telephone_mobile" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpRightsMobile")}</span></label>
                            <span class="pf-v5-c-form-control"><input id="telephone_mobile" name="telephone_mobile" type="tel" autocomplete="off" maxlength="40" value="${cibtpValues.telephoneMobile()!""}" <@invalid "telephone_mobile"/>/></span>
                            <@fieldError "telephone_mobile"/>
                        </div>
                    </div>
                <#elseif cibtpMode == "cabinet">
                    <p id="cibtp-grantee">${msg("cibtpRightsCabinetGrantee", cibtpCabinetOfSite.raisonSociale())}</p>
                <#else>
                    <p id="cibtp-grantee">${msg("cibtpRightsGrantee", (cibtpValues.nom()!"") + " " + (cibtpValues.prenom()!""), cibtpValues.email()!"")}</p>
                    <#if cibtpValues.statut()??><p id="cibtp-status">${msg("cibtpRightsStatus")} : ${msg("cibtpRightsStatus_" + cibtpValues.statut())}</p></#if>
                </#if>
                <div class="cibtp-dates">
                    <div class="pf-v5-c-form__group">
                        <label for="date_effet" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpRightsEffective")}</span> <span class="pf-v5-c-form__label-required" aria-hidden="true">*</span></label>
                        <span class="pf-v5-c-form-control cibtp-date"><input id="date_effet" name="date_effet" type="text" inputmode="numeric" autocomplete="off" maxlength="10" placeholder="${msg("cibtpDatePlaceholder")}" aria-describedby="date_effet-format" required value="${cibtpValues.dateEffet()!""}" <#if readOnly>disabled</#if> <@invalid "date_effet"/>/></span>
                        <#if !readOnly><p id="date_effet-format" class="cibtp-hint">${msg("cibtpDateFormat")}</p></#if>
                        <@fieldError "date_effet"/>
                    </div>
                    <div class="pf-v5-c-form__group">
                        <label for="date_fin" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpRightsEnd")}</span></label>
                        <span class="pf-v5-c-form-control cibtp-date"><input id="date_fin" name="date_fin" type="text" inputmode="numeric" autocomplete="off" maxlength="10" placeholder="${msg("cibtpDatePlaceholder")}" value="${cibtpValues.dateFin()!""}" aria-describedby="date_fin-hint" <#if readOnly>disabled</#if> <@invalid "date_fin"/>/></span>
                        <p id="date_fin-hint" class="cibtp-hint">${msg("cibtpRightsEndHint")}</p>
                        <@fieldError "date_fin"/>
                    </div>
                </div>
            </fieldset>

            <fieldset class="cibtp-fieldset cibtp-step">
                <legend class="cibtp-legend">${msg("cibtpRightsStep2")}</legend>
                <#if cibtpMode != "cabinet">
                    <div class="pf-v5-c-check">
                        <input class="pf-v5-c-check__input" id="admin" name="admin" type="checkbox" value="on" aria-describedby="admin-hint" <#if admin>checked</#if> <#if readOnly>disabled</#if>/>
                        <label class="pf-v5-c-check__label" for="admin">${msg("cibtpRightsAdmin")}</label>
                    </div>
                    <p id="admin-hint" class="cibtp-hint">${msg("cibtpRightsAdminHint")}</p>
                    <@fieldError "admin"/>
                </#if>
                <fieldset id="cibtp-colleges" class="cibtp-fieldset cibtp-colleges" <@invalid "colleges"/>>
                    <legend class="pf-v5-c-form__label-text">${msg("cibtpRightsColleges")} <span aria-hidden="true">*</span></legend>
                    <#list cibtpColleges as college>
                        <span class="pf-v5-c-check">
                            <input class="pf-v5-c-check__input" id="college-${college.key}" name="colleges" type="checkbox" value="${college.key}"
                                   <#if admin || cibtpValues.colleges()?seq_contains(college.key)>checked</#if> <#if readOnly || admin>disabled</#if>/>
                            <label class="pf-v5-c-check__label" for="college-${college.key}">${college.label}</label>
                        </span>
                    </#list>
                    <@fieldError "colleges"/>
                </fieldset>
                <@fieldError "droits"/>
                <div class="cibtp-table-scroll">
                <table id="cibtp-matrix" class="pf-v5-c-table pf-m-compact cibtp-matrix">
                    <caption>${msg("cibtpRightsMatrix")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">${msg("cibtpRightsFeature")}</th>
                            <#list cibtpModes as mode>
                                <th scope="col" class="cibtp-mode">
                                    <#if readOnly>${msg("cibtpRightsMode_" + mode)}<#else>
                                    <label for="all-${mode}">${msg("cibtpRightsMode_" + mode)}</label>
                                    <input id="all-${mode}" type="radio" name="tous" value="${mode}" data-cibtp-all="${mode}" aria-label="${msg("cibtpRightsSetAll", msg("cibtpRightsMode_" + mode))}" <#if admin>disabled</#if>/>
                                    </#if>
                                </th>
                            </#list>
                        </tr>
                    </thead>
                    <#list cibtpGroups as group>
                    <tbody>
                        <tr class="cibtp-group"><th scope="rowgroup" colspan="${(cibtpModes?size + 1)?c}">${group.label}</th></tr>
                        <#list group.features as f>
                            <#assign highest = f.modes?seq_contains("mise_a_jour")?then("mise_a_jour", "consultation")>
                            <#assign current = admin?then(highest, (cibtpValues.droits()[f.key])!"aucun")>
                            <tr>
                                <th scope="row" id="feature-${f.key}">${f.label}</th>
                                <#list cibtpModes as mode>
                                    <#assign offered = mode == "aucun" || f.modes?seq_contains(mode)>
                                    <td class="cibtp-mode<#if !offered> cibtp-not-offered</#if>" data-label="${msg("cibtpRightsMode_" + mode)}">
                                        <#if offered>
                                            <input type="radio" id="droit_${f.key}_${mode}" name="droit_${f.key}" value="${mode}" data-highest="${highest}"
                                                   aria-label="${f.label} : ${msg("cibtpRightsMode_" + mode)}" <#if current == mode>checked</#if> <#if readOnly || admin>disabled</#if>/>
                                        <#else>
                                            <span class="cibtp-hint" title="${msg("cibtpRightsModeNotOffered")}">&#8212;<span class="cibtp-sr-only">${msg("cibtpRightsModeNotOffered")}</span></span>
                                        </#if>
                                    </td>
                                </#list>
                            </tr>
                        </#list>
                    </tbody>
                    </#list>
                </table>
                </div>
            </fieldset>

            <div class="cibtp-buttons">
                <#if readOnly>
                    <#if (cibtpValues.statut()!"") != "fermee">
                        <a id="cibtp-modify" class="pf-v5-c-button pf-m-primary" href="${cibtpPage}/${cibtpDelegationId}/modification?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpRightsModify")}</a>
                    </#if>
                <#else>
                    <button id="cibtp-submit" class="pf-v5-c-button pf-m-primary" type="submit">${msg("cibtpDoValidate")}</button>
                </#if>
                <a id="cibtp-cancel" class="pf-v5-c-button pf-m-secondary" href="${cibtpPage}?site=${cibtpSite.identifiant()?url('UTF-8')}">${readOnly?then(msg("cibtpRightsBackToList"), msg("cibtpDoCancel"))}</a>
            </div>
        </form>
        <#if !readOnly><script type="module" src="${url.resourcesPath}/js/cibtp-rights.js"></script></#if>
    </#if>
</@layout.registrationLayout>
