package fr.hautsdefrance.acte.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.benchmarks.StatementLog.LoggedStatement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StatementLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parameters_are_read_back_as_sent_quotes_commas_and_nulls_included() {
        assertThat(LoggedStatement.parameters(
                "Parameters: $1 = 'l''appel', $2 = NULL, $3 = 'a, $4 = ''b''', $4 = '{\"id\":\"x\"}'"))
                .isEqualTo(Arrays.asList("l'appel", null, "a, $4 = 'b'", "{\"id\":\"x\"}"));
    }

    @Test
    void a_statement_without_parameters_has_none() {
        assertThat(LoggedStatement.parameters("")).isEmpty();
    }

    @Test
    void an_executed_statement_is_read_from_its_json_line_with_its_connection_and_transaction() throws Exception {
        LoggedStatement statement = LoggedStatement.parse(JSON.readTree("""
                {"timestamp":"2026-12-07 12:14:41.591 UTC","pid":30054,"dbname":"acte_application","vxid":"12/24",
                 "message":"execute S_3: select 1 from call where id=$1\\nand kind=$2",
                 "detail":"Parameters: $1 = '00000000-0000-0000-0000-00000000ac7e', $2 = 'PERMANENT'"}""")).orElseThrow();

        assertThat(statement.at()).isEqualTo(Instant.parse("2026-12-07T12:14:41.591Z"));
        assertThat(statement.pid()).isEqualTo(30054);
        assertThat(statement.database()).isEqualTo("acte_application");
        assertThat(statement.transaction()).isEqualTo("12/24");
        assertThat(statement.sql()).isEqualTo("select 1 from call where id=$1\nand kind=$2");
        assertThat(statement.parameters()).containsExactly("00000000-0000-0000-0000-00000000ac7e", "PERMANENT");
    }

    @Test
    void a_simple_query_is_read_and_other_messages_are_not_statements() throws Exception {
        assertThat(LoggedStatement.parse(JSON.readTree("""
                {"timestamp":"2026-12-07 12:14:41.477 UTC","pid":1,"dbname":"d","vxid":"1/2","message":"statement: BEGIN"}"""))
                .map(LoggedStatement::sql)).contains("BEGIN");
        assertThat(LoggedStatement.parse(JSON.readTree("""
                {"timestamp":"2026-12-07 12:14:41.477 UTC","pid":1,"dbname":"d","message":"checkpoint starting: time"}""")))
                .isEmpty();
    }
}
