global using Liandong.Bankruptcy.Deregistration.Contracts;
