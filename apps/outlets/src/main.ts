import { runApp, serviceModule } from '@aftersales/runtime';
import { DemoOutletsLoader } from './demo/demo-outlets';
import { OffersModule } from './offers/offers.module';
import { OutletsModule } from './outlets/outlets.module';
import { outletsDataSource } from './persistence/outlets.data-source';
import { PolicyModule } from './policy/policy.module';
import { SurveysModule } from './surveys/surveys.module';

runApp({
  app: 'outlets',
  module: serviceModule('outlets', outletsDataSource, { imports: [OutletsModule, SurveysModule, OffersModule, PolicyModule], providers: [DemoOutletsLoader] }),
  commands: true,
});
