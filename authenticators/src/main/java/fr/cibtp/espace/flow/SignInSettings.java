package fr.cibtp.espace.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.email.EmailSetting;
import fr.cibtp.espace.enrollment.EnrollmentSetting;
import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;
import fr.cibtp.espace.sms.SmsSetting;

/** The settings of the sign-in pages: enrollment limits, email re-certification, SMS codes and operator. */
public class SignInSettings implements SettingGroup {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<? extends Setting> settings() {
        List<Setting> all = new ArrayList<>(List.of(EnrollmentSetting.values()));
        all.addAll(List.of(EmailSetting.values()));
        all.addAll(List.of(SmsSetting.values()));
        return all;
    }

    @Override
    public Map<? extends Setting, ? extends Setting> secretsOfAddresses() {
        return SmsSetting.secretsOfAddresses();
    }
}
