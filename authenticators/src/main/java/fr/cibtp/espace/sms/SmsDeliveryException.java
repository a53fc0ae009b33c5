package fr.cibtp.espace.sms;

/**
 * An SMS that could not be handed to the operator. {@link #messageKey()} is what the user is told (theme message);
 * {@link #getMessage()} says why, for events and the server log, and never contains the text sent.
 */
public class SmsDeliveryException extends Exception {

    private final String messageKey;

    public SmsDeliveryException(String messageKey, String reason) {
        super(reason);
        this.messageKey = messageKey;
    }

    public SmsDeliveryException(String messageKey, String reason, Throwable cause) {
        super(reason, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
