package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.Saluran;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Optional;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through the configured SMTP server ({@code spring.mail.*}), from {@code pelita.mail.dari}. */
class PengirimEmail implements PengirimSaluran {

    private final JavaMailSender mail;
    private final String dari;

    /** @param mail null when no SMTP server is configured */
    PengirimEmail(JavaMailSender mail, String dari) {
        this.mail = mail;
        this.dari = dari;
    }

    @Override
    public Saluran saluran() {
        return Saluran.EMAIL;
    }

    @Override
    public Optional<String> belumSiap() {
        if (mail == null) {
            return Optional.of("Server surat belum dikonfigurasi (spring.mail.host)");
        }
        if (dari == null || dari.isBlank()) {
            return Optional.of("Alamat pengirim surat belum dikonfigurasi (pelita.mail.dari)");
        }
        return Optional.empty();
    }

    @Override
    public HasilKirim kirim(BarisKeluar b, Instant sekarang) {
        MimeMessage m = mail.createMimeMessage();
        try {
            MimeMessageHelper h = new MimeMessageHelper(m, "UTF-8");
            h.setFrom(dari);
            h.setTo(b.tujuan());
            h.setSubject(b.subjek() == null ? "" : b.subjek());
            h.setText(b.isi() == null ? "" : b.isi(), false);
        } catch (MessagingException e) {
            return new HasilKirim.GagalPermanen("Surat tidak dapat disusun: " + e.getMessage());
        }
        try {
            mail.send(m);
            return new HasilKirim.Terkirim(idPesan(m));
        } catch (MailAuthenticationException | MailSendException e) {
            return new HasilKirim.GagalSementara("Server surat: " + e.getMessage());
        } catch (MailException e) {
            return new HasilKirim.GagalPermanen("Surat ditolak: " + e.getMessage());
        }
    }

    private static String idPesan(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }
}
