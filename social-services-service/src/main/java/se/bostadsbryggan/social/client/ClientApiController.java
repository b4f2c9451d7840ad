package se.bostadsbryggan.social.client;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients as a JSON API, within the caller's scope.
 */
@RestController
@RequestMapping("/api/social/clients")
class ClientApiController {

	private final ClientService clients;

	ClientApiController(ClientService clients) {
		this.clients = clients;
	}

	@GetMapping
	List<ClientResponse> list(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean closed) {
		return this.clients.list(q, closed).stream().map(ClientResponse::of).toList();
	}

	@PostMapping("/{id}/case/close")
	ClientResponse closeCase(@PathVariable UUID id, @Valid @RequestBody CloseCase command) {
		return ClientResponse.of(this.clients.closeCase(id, command));
	}

	@PostMapping("/{id}/case/reopen")
	ClientResponse reopenCase(@PathVariable UUID id) {
		return ClientResponse.of(this.clients.reopenCase(id));
	}

	@GetMapping("/{id}")
	ClientResponse get(@PathVariable UUID id) {
		return ClientResponse.of(this.clients.get(id));
	}

	@PostMapping
	ResponseEntity<ClientResponse> register(@Valid @RequestBody RegisterClient command) {
		ClientView client = this.clients.register(command);
		return ResponseEntity.created(URI.create("/api/social/clients/" + client.id())).body(ClientResponse.of(client));
	}

}
