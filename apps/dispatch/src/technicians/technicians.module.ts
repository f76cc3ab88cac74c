import { Module } from '@nestjs/common';
import { TechnicianRepository } from './technician.repository';
import { TechniciansMessageController } from './technicians.message-controller';
import { ChangeTechnicianStatusUseCase } from './use-cases/change-technician-status/change-technician-status.use-case';
import { GetTechnicianUseCase } from './use-cases/get-technician/get-technician.use-case';
import { ListTechniciansUseCase } from './use-cases/list-technicians/list-technicians.use-case';
import { RegisterTechnicianUseCase } from './use-cases/register-technician/register-technician.use-case';
import { ReplaceCertificationsUseCase } from './use-cases/replace-certifications/replace-certifications.use-case';

@Module({
  controllers: [TechniciansMessageController],
  providers: [
    TechnicianRepository,
    RegisterTechnicianUseCase,
    GetTechnicianUseCase,
    ListTechniciansUseCase,
    ChangeTechnicianStatusUseCase,
    ReplaceCertificationsUseCase,
  ],
  exports: [TechnicianRepository, RegisterTechnicianUseCase],
})
export class TechniciansModule {}
