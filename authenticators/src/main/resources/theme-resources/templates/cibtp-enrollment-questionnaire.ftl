<#-- "Aide à la création de votre espace sécurisé": who are you? The cabinet answer shows the seeds' warning first. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpEnrollmentHelpTitle")}
    <#elseif section = "form">
        <form id="cibtp-questionnaire" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if cibtpStep == "cabinet">
                <h2 id="cibtp-cabinet-title" class="cibtp-subtitle">${msg("cibtpEnrollmentCabinetTitle")}</h2>
                <p>${kcSanitize(msg("cibtpEnrollmentCabinetDelegation"))?no_esc}</p>
                <div id="cibtp-cabinet-warning" class="pf-v5-c-alert pf-m-warning pf-m-inline" role="note">
                    <p class="pf-v5-c-alert__title">${msg("cibtpEnrollmentCabinetWarning")}</p>
                </div>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-continue-cabinet" name="continuer" label="cibtpEnrollmentContinueAsCabinet"/>
                    <@buttons.button id="cibtp-previous" name="precedent" label="cibtpDoPrevious" type="secondary"/>
                    <@buttons.button id="cibtp-no-help" name="sansAide" label="cibtpEnrollmentNoHelp" type="secondary"/>
                </@buttons.actionGroup>
            <#else>
                <p>${msg("cibtpEnrollmentHelpIntro")}</p>
                <fieldset class="pf-v5-c-form__fieldset cibtp-choices">
                    <legend class="pf-v5-c-form__label-text">${msg("cibtpEnrollmentWhoAreYou")}</legend>
                    <#list ["adherent", "cabinet", "salarie"] as profile>
                        <div class="pf-v5-c-radio">
                            <input class="pf-v5-c-radio__input" type="radio" id="profil-${profile}" name="profil" value="${profile}"/>
                            <label class="pf-v5-c-radio__label" for="profil-${profile}">${msg("cibtpEnrollmentProfile_" + profile)}</label>
                        </div>
                    </#list>
                </fieldset>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                    <@buttons.button id="cibtp-no-help" name="sansAide" label="cibtpEnrollmentNoHelp" type="secondary"/>
                </@buttons.actionGroup>
            </#if>
        </form>
        <p class="cibtp-cancel"><a id="cibtp-cancel" href="${url.loginRestartFlowUrl}">${msg("cibtpBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
