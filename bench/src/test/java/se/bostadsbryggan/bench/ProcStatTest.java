package se.bostadsbryggan.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatTest {

	@Test
	void readsUserAndSystemTimeAfterACommandNameWithBlanksAndParentheses() {
		String stat = "4242 (java (bench) x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 40 0 0 20 0 30 0 100 0 0";

		assertThat(ProcStat.cpuMillis(stat)).isEqualTo((250 + 40) * 10);
	}

	@Test
	void readsThisProcess() {
		long pid = ProcessHandle.current().pid();

		assertThat(ProcStat.residentMebibytes(pid)).isPositive();
		assertThat(ProcStat.cpuMillis(List.of(pid))).isPositive();
		assertThat(ProcStat.residentMebibytes(Long.MAX_VALUE)).isEqualTo(-1);
		assertThat(ProcStat.cpuMillis(Long.MAX_VALUE)).isZero();
	}

}
