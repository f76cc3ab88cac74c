import { runApp } from '@aftersales/runtime';
import { IntakeModule } from './intake.module';

runApp({ app: 'intake', module: IntakeModule, commands: true });
