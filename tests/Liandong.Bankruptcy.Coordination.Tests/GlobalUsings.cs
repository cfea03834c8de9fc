global using Liandong.Bankruptcy.Coordination.Contracts;
