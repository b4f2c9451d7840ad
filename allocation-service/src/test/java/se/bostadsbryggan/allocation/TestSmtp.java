package se.bostadsbryggan.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the mail ITs: allocation's
 * mail relay sends to it, and a test may stop it and start it again on the same port to
 * play an outage. Test users' addresses are {@code <username>@example.org}.
 */
public final class TestSmtp {

	private final int port = freePort();

	private volatile GreenMail server;

	/** Starts the server. */
	public TestSmtp() {
		start();
	}

	/** Starts it (again) on its port. */
	public void start() {
		GreenMail started = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		started.start();
		this.server = started;
	}

	/** Stops it: mails cannot be delivered until it starts again. */
	public void stop() {
		this.server.stop();
	}

	/**
	 * Points allocation's mail at this server, with a relay running every 200 ms and the
	 * links of a public address.
	 * @param registry a test class's dynamic properties
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> this.port);
		registry.add("bb.allocation.notifications.relay-interval", () -> "200ms");
		registry.add("bb.allocation.notifications.base-url", () -> "https://bostadsbryggan.example");
	}

	/**
	 * @param username a test user
	 * @return the mails the server received for that user
	 */
	public List<MimeMessage> receivedBy(String username) {
		return receivedBy(username, "");
	}

	/**
	 * @param username a test user
	 * @param subjectPart text the subject must contain
	 * @return the mails the server received for that user with such a subject
	 */
	public List<MimeMessage> receivedBy(String username, String subjectPart) {
		return Arrays.stream(this.server.getReceivedMessages()).filter((m) -> {
			try {
				return m.getSubject().contains(subjectPart) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((a) -> a.toString().equals(username + "@example.org"));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
