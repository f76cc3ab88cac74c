import { runApp, serviceModule } from '@aftersales/runtime';
import { CasesOpenedModule } from './cases-opened/cases-opened.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { FiguresModule } from './figures/figures.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { PeriodicFollowUpsModule } from './periodic-follow-ups/periodic-follow-ups.module';
import { qualityDataSource } from './persistence/quality.data-source';
import { RecallsModule } from './recalls/recalls.module';
import { SuggestionsModule } from './suggestions/suggestions.module';

runApp({ app: 'quality', module: serviceModule('quality', qualityDataSource, { imports: [CasesOpenedModule, ComplaintsModule, FollowUpsModule, FiguresModule, PeriodicFollowUpsModule, SuggestionsModule, RecallsModule] }), commands: true });
