<#-- "Mon compte utilisateur": tab "Connexion et contact" (the sign-in address, the passkeys and the contact details,
     each with its "Modifier") or tab "Notification des documents" (by email, by SMS). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpAccountTitle")}
    <#elseif section = "form">
        <div class="cibtp-account-bar">
            <#if cibtpAccount.portal()??>
                <a id="cibtp-back-to-space" href="${cibtpAccount.portal()}">${msg("cibtpAccountBackToSpace")}</a>
            <#else>
                <span></span>
            </#if>
            <a id="cibtp-sign-out" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.signOut()}">${msg("cibtpAccountSignOut")}</a>
        </div>
        <nav class="cibtp-tabs" aria-label="${msg("cibtpAccountMenu")}">
            <ul>
                <li><a id="cibtp-tab-contact" href="${cibtpTabs["contact"]}" <#if cibtpTab == "contact">aria-current="page"</#if>>${msg("cibtpAccountTabContact")}</a></li>
                <li><a id="cibtp-tab-notifications" href="${cibtpTabs["notifications"]}" <#if cibtpTab == "notifications">aria-current="page"</#if>>${msg("cibtpAccountTabNotifications")}</a></li>
                <#if cibtpAccount.rightsPage()??>
                    <li><a id="cibtp-tab-rights" href="${cibtpAccount.rightsPage()}">${msg("cibtpAccountTabRights")}</a></li>
                </#if>
            </ul>
        </nav>
        <#if cibtpTab == "notifications">
        <div id="cibtp-account">
            <section class="cibtp-account-section" aria-labelledby="cibtp-notifications-title">
                <h2 class="cibtp-subtitle" id="cibtp-notifications-title">${msg("cibtpNoticesSection")}</h2>
                <p>${msg("cibtpNoticesIntro")}</p>
                <dl class="cibtp-details">
                    <div><dt>${msg("cibtpNoticesByEmail")}</dt><dd id="cibtp-notices-email">${msg(cibtpAccount.documentNotices()?seq_contains("email")?then("cibtpNoticesYes", "cibtpNoticesNo"))}</dd></div>
                    <div><dt>${msg("cibtpNoticesBySms")}</dt><dd id="cibtp-notices-sms">${msg(cibtpAccount.documentNotices()?seq_contains("sms")?then("cibtpNoticesYes", "cibtpNoticesNo"))}</dd></div>
                </dl>
                <div class="cibtp-buttons">
                    <a id="cibtp-change-notifications" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["notifications"]}">${msg("cibtpNoticesChange")}</a>
                </div>
                <#if !cibtpAccount.mobileCertified()><p class="cibtp-hint">${msg("cibtpNoticesSmsNeedsMobile")}</p></#if>
            </section>
        </div>
        <#else>
        <div id="cibtp-account">
            <section class="cibtp-account-section" aria-labelledby="cibtp-sign-in-title">
                <h2 class="cibtp-subtitle" id="cibtp-sign-in-title">${msg("cibtpAccountSignInSection")}</h2>
                <dl class="cibtp-details">
                    <div><dt>${msg("cibtpEmailLabel")}</dt><dd id="cibtp-account-email">${cibtpAccount.email()!""}</dd></div>
                </dl>
                <div class="cibtp-buttons">
                    <a id="cibtp-change-email" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["adresse"]}">${msg("cibtpAccountChangeEmail")}</a>
                    <a id="cibtp-change-password" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["mot-de-passe"]}">${msg("cibtpAccountChangePassword")}</a>
                </div>
                <div id="cibtp-email-change-warning" class="pf-v5-c-alert pf-m-warning pf-m-inline">
                    <div class="pf-v5-c-alert__icon"><i class="fas fa-fw fa-exclamation-triangle" aria-hidden="true"></i></div>
                    <p class="pf-v5-c-alert__title">${msg("cibtpAccountEmailChangeWarning")}</p>
                </div>
            </section>
            <section class="cibtp-account-section" aria-labelledby="cibtp-passkeys-title">
                <h2 class="cibtp-subtitle" id="cibtp-passkeys-title">${msg("cibtpAccountPasskeysSection")}</h2>
                <p>${msg("cibtpAccountPasskeysIntro")}</p>
                <#if cibtpAccount.passkeys()?has_content>
                    <ul id="cibtp-passkeys" class="cibtp-passkeys">
                        <#list cibtpAccount.passkeys() as passkey>
                            <li>
                                <span><span class="cibtp-passkey-name">${passkey.name()}</span><br/><span class="cibtp-hint">${msg("cibtpAccountPasskeyAdded", passkey.added())}</span></span>
                                <a class="pf-v5-c-button pf-m-link cibtp-remove-passkey" href="${cibtpAccount.passkeyRemovals()[passkey.id()]}"
                                   aria-label="${msg("cibtpAccountRemovePasskeyNamed", passkey.name())}">${msg("cibtpAccountRemovePasskey")}</a>
                            </li>
                        </#list>
                    </ul>
                <#else>
                    <p id="cibtp-no-passkey" class="cibtp-hint">${msg("cibtpAccountPasskeysNone")}</p>
                </#if>
                <div class="cibtp-buttons">
                    <a id="cibtp-add-passkey" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["cle-acces"]}">${msg("cibtpAccountAddPasskey")}</a>
                </div>
            </section>
            <section class="cibtp-account-section" aria-labelledby="cibtp-contact-title">
                <h2 class="cibtp-subtitle" id="cibtp-contact-title">${msg("cibtpAccountContactSection")}</h2>
                <dl class="cibtp-details">
                    <div><dt>${msg("cibtpLastNameLabel")}</dt><dd id="cibtp-account-last-name">${cibtpAccount.lastName()!""}</dd></div>
                    <div><dt>${msg("cibtpFirstNameLabel")}</dt><dd id="cibtp-account-first-name">${cibtpAccount.firstName()!""}</dd></div>
                    <div><dt>${msg("cibtpLandlineLabel")}</dt><dd id="cibtp-account-landline">${cibtpAccount.landline()!msg("cibtpAccountNone")}</dd></div>
                    <div>
                        <dt>${msg("cibtpMobileLabel")}</dt>
                        <dd id="cibtp-account-mobile">
                            <#if cibtpAccount.mobile()??>
                                ${cibtpAccount.mobile()}
                                <#if cibtpAccount.mobileCertified()>
                                    <span id="cibtp-mobile-certified" class="cibtp-badge cibtp-badge-certified">${msg("cibtpAccountMobileCertified")}</span>
                                <#else>
                                    <span id="cibtp-mobile-not-certified" class="cibtp-badge">${msg("cibtpAccountMobileNotCertified")}</span>
                                </#if>
                            <#else>
                                ${msg("cibtpAccountNone")}
                            </#if>
                        </dd>
                    </div>
                </dl>
                <div class="cibtp-buttons">
                    <a id="cibtp-change-contact" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["contact"]}">${msg("cibtpAccountChangeContact")}</a>
                    <a id="cibtp-certify-mobile" class="pf-v5-c-button pf-m-secondary" href="${cibtpAccount.links()["mobile"]}"><#if cibtpAccount.mobileCertified()>${msg("cibtpAccountChangeMobile")}<#else>${msg("cibtpAccountCertifyMobile")}</#if></a>
                </div>
                <p class="cibtp-hint">${msg("cibtpAccountMobileWhy")}</p>
            </section>
        </div>
        </#if>
    </#if>
</@layout.registrationLayout>
