package se.bostadsbryggan.housing.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.housing.turnover.TurnoverService;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's demo data has the shape of Götene's housing company.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "bb.demo.enabled=true")
class HousingDemoDataIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TurnoverService turnover;

	@Test
	void demoDataIsShapedLikeGotenesHousingCompany() {
		assertThat(count("select count(*) from property")).isEqualTo(5);
		assertThat(count("select count(*) from stairwell")).isEqualTo(25);
		assertThat(count("select count(*) from apartment")).isEqualTo(400);
		assertThat(currentLeases("SOCIAL")).isEqualTo(12);
		assertThat(currentLeases("GUARANTEED")).isEqualTo(2);
		assertThat(count("select count(*) from apartment where status = 'VACANT'")).isEqualTo(10);
		assertThat(this.turnover.of(LocalDate.now().getYear() - 1).reLets()).isEqualTo(60);
		assertThat(count("select count(*) from lease where tenant_id is null and type <> 'SOCIAL'")).isZero();
	}

	private long currentLeases(String type) {
		return this.jdbc.sql("""
				select count(*) from lease
				where type = :type and daterange(start_date, end_date, '[]') @> current_date
				""").param("type", type).query(Long.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
