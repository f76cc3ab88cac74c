import { runApp, serviceModule } from '@aftersales/runtime';
import { CasesOpenedModule } from './cases-opened/cases-opened.module';
import { qualityDataSource } from './persistence/quality.data-source';

runApp({ app: 'quality', module: serviceModule('quality', qualityDataSource, { imports: [CasesOpenedModule] }), commands: true });
