import { format } from '../../i18n/i18n';
import { formatCount } from '../format';
import { figureCsvUrl, type Dashboard, type FigureId } from '../monitoring.api';
import { AgreementStatesFigure } from './agreement-states-figure';
import { useMonitoringTexts } from '../use-monitoring-texts';
import { FeedbackFigure, OpenEscalationsFigure, OutcomeMixFigure, WaitingTimesFigure } from './distribution-figures';
import { NormMetFigure } from './norm-met-figure';
import { ShareFigureCard } from './share-figure';

/** Every figure of the dashboard, in the order managers read them (domain.md, "What managers watch"). */
export function DistributionFigures({ dashboard, filters }: { dashboard: Dashboard; filters: Record<string, string> }) {
  const { locale, m } = useMonitoringTexts();
  const csv = (figure: FigureId) => figureCsvUrl(figure, filters);
  const { figures } = dashboard;
  const texts = m.dashboard.figures;
  const share = (figure: 'parentsPresent' | 'childrenHeard' | 'reportsOnTime' | 'evaluationsOnTime') => (
    <ShareFigureCard figureKey={figure} title={texts[figure].title} definition={texts[figure].definition} csvHref={csv(figure)} figure={figures[figure]} />
  );
  return (
    <div className="figures">
      <NormMetFigure dashboard={dashboard} csvHref={csv('normMet')} byTable={Boolean(filters.regionId)} />
      <WaitingTimesFigure figure={figures.waitingTimes} csvHref={csv('waitingTimes')} />
      <OpenEscalationsFigure figure={figures.openEscalations} csvHref={csv('openEscalations')} />
      <OutcomeMixFigure figure={figures.outcomeMix} csvHref={csv('outcomeMix')} />
      {share('parentsPresent')}
      {share('childrenHeard')}
      {share('reportsOnTime')}
      <ShareFigureCard
        figureKey="reactionsReceived"
        title={texts.reactionsReceived.title}
        definition={texts.reactionsReceived.definition}
        csvHref={csv('reactionsReceived')}
        figure={figures.reactionsReceived}
        extra={format(texts.reactionsReceived.reactions, { count: formatCount(figures.reactionsReceived.reactions, locale) })}
      />
      {share('evaluationsOnTime')}
      <FeedbackFigure figure={figures.feedbackScores} csvHref={csv('feedbackScores')} />
      <AgreementStatesFigure dashboard={dashboard} csvHref={csv('agreementStates')} />
    </div>
  );
}
