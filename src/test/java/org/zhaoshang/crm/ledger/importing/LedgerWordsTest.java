package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.project.Stage;

class LedgerWordsTest {

    @Test
    void aPauseWordAnywhereInTheCellMakesTheRowAPauseAndDroppedWinsOverOnHold() {
        assertThat(LedgerWords.pause("搁置")).contains(Stage.ON_HOLD);
        assertThat(LedgerWords.pause("已暂缓")).contains(Stage.ON_HOLD);
        assertThat(LedgerWords.pause("暂停")).contains(Stage.ON_HOLD);
        assertThat(LedgerWords.pause("签约后搁置")).contains(Stage.ON_HOLD);
        assertThat(LedgerWords.pause("洽谈（终止）")).contains(Stage.DROPPED);
        assertThat(LedgerWords.pause("已放弃")).contains(Stage.DROPPED);
        assertThat(LedgerWords.pause("搁置后终止")).contains(Stage.DROPPED);
    }

    @Test
    void staleIsNotAPauseAndPipelineWordsAreNone() {
        assertThat(LedgerWords.pause("停滞")).isEmpty();
        assertThat(LedgerWords.pause("洽谈")).isEmpty();
        assertThat(LedgerWords.pause("已签约（待落地）")).isEmpty();
    }

    @Test
    void theStageWrittenBesideThePauseIsTheStageBefore() {
        assertThat(LedgerWords.stageBesidePause("签约后搁置")).contains(Stage.SIGNED);
        assertThat(LedgerWords.stageBesidePause("洽谈（终止）")).contains(Stage.NEGOTIATION);
        assertThat(LedgerWords.stageBesidePause("搁置（原为在谈）")).contains(Stage.NEGOTIATION);
        assertThat(LedgerWords.stageBesidePause("已开工，暂停")).contains(Stage.STARTED);
        assertThat(LedgerWords.stageBesidePause("已暂缓")).isEqualTo(Optional.empty());
        assertThat(LedgerWords.stageBesidePause("终止")).isEmpty();
    }
}
