package se.bostadsbryggan.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * One listener container per {@link EventConsumer}, created from Spring Boot's listener
 * container factory (so it shares the error handler with retries and the dead-letter
 * recoverer), started and stopped with the application.
 */
class EventConsumerContainers implements SmartLifecycle {

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private volatile boolean running;

	EventConsumerContainers(List<EventConsumer> consumers,
			ConcurrentKafkaListenerContainerFactory<String, String> factory, InboxDispatcher dispatcher) {
		for (EventConsumer consumer : consumers) {
			ConcurrentMessageListenerContainer<String, String> container = factory
				.createContainer(consumer.topics().toArray(String[]::new));
			container.getContainerProperties().setGroupId(consumer.name());
			container.getContainerProperties().setClientId(consumer.name());
			container.setBeanName("consumer-" + consumer.name());
			container.setupMessageListener(
					(MessageListener<String, String>) (record) -> dispatcher.dispatch(consumer, record));
			this.containers.add(container);
		}
	}

	@Override
	public void start() {
		this.containers.forEach(ConcurrentMessageListenerContainer::start);
		this.running = true;
	}

	@Override
	public void stop() {
		this.containers.forEach(ConcurrentMessageListenerContainer::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
